/** A whole program: a state machine of room objects, commands dispatched through an interface, an uncaught ending. */
public class TextAdventureStateMachine {
    static class GameOver extends RuntimeException { GameOver(String m) { super(m); } }
    interface Room { Room go(char direction); String name(); }
    static abstract class Place implements Room {
        final String name; Place(String name) { this.name = name; }
        public String name() { return name; }
        public Room go(char d) { throw new IllegalArgumentException("cannot go " + d + " from " + name); }
    }
    static final Place hall = new Place("hall") { public Room go(char d) { return d == 'n' ? library : d == 'e' ? kitchen : super.go(d); } };
    static final Place library = new Place("library") { public Room go(char d) { return d == 's' ? hall : d == 'u' ? attic : super.go(d); } };
    static final Place kitchen = new Place("kitchen") { public Room go(char d) { if (d == 'd') throw new GameOver("fell into the cellar"); return d == 'w' ? hall : super.go(d); } };
    static final Place attic = new Place("attic") { };
    public static void main(String[] args) {
        Room here = hall;
        String moves = "nxsuenwed";
        for (int i = 0; i < moves.length(); i++) {
            try {
                here = here.go(moves.charAt(i));
                System.out.println("now in " + here.name());
            } catch (IllegalArgumentException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
