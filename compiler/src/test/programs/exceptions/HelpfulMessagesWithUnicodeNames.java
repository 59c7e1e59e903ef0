/**
 * Helpful NullPointerException messages naming fields and methods whose names are outside
 * Latin-1 (Greek, CJK) as well as in it, caught and printed, then one uncaught.
 */
public class HelpfulMessagesWithUnicodeNames {
    static final class Σημείωση {
        String κείμενο;
        int[] 数値;
        Σημείωση επόμενη;
        String größe() { return κείμενο; }
    }

    static void show(Runnable action) {
        try {
            action.run();
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
    }

    public static void main(String[] args) {
        Σημείωση note = new Σημείωση();
        show(() -> System.out.println(note.κείμενο.length()));
        show(() -> System.out.println(note.数値[0]));
        show(() -> System.out.println(note.επόμενη.κείμενο));
        show(() -> System.out.println(note.größe().isEmpty()));
        note.επόμενη = new Σημείωση();
        System.out.println(note.επόμενη.επόμενη.数値.length);
    }
}
