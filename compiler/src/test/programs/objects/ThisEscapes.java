/** Objects registering themselves and referring to each other in cycles. */
public class ThisEscapes {
    static class Registry { Member[] members = new Member[4]; int count; void add(Member m) { members[count++] = m; } }
    static class Member {
        final String name; final Registry registry; Member partner;
        Member(String name, Registry registry) { this.name = name; this.registry = registry; registry.add(this); }
        void pair(Member other) { partner = other; other.partner = this; }
    }
    public static void main(String[] args) {
        Registry r = new Registry();
        Member a = new Member("a", r), b = new Member("b", r), c = new Member("c", r);
        a.pair(b);
        c.pair(c);
        for (int i = 0; i < r.count; i++) System.out.println(r.members[i].name + " <-> " + r.members[i].partner.name + " " + (r.members[i].registry == r));
        System.out.println(a.partner.partner == a);
    }
}
