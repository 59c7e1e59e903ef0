/** Constant-specific bodies with abstract methods that return other constants (forward references), run as a state machine. */
public class EnumStateMachine {
    enum Light {
        RED(30) {
            Light next(boolean emergency) { return emergency ? RED : GREEN; }
        },
        GREEN(25) {
            Light next(boolean emergency) { return emergency ? YELLOW : YELLOW; }
            @Override
            String describe() { return "go (" + super.describe() + ")"; }
        },
        YELLOW(5) {
            Light next(boolean emergency) { return RED; }
            @Override
            boolean mayCross() { return false; }
        };

        final int seconds;

        Light(int seconds) {
            this.seconds = seconds;
        }

        abstract Light next(boolean emergency);

        boolean mayCross() { return this == GREEN; }

        String describe() { return name().toLowerCase() + " for " + seconds + "s"; }
    }

    enum Parity {
        EVEN { Parity flip() { return ODD; } },
        ODD { Parity flip() { return EVEN; } };
        abstract Parity flip();
    }

    public static void main(String[] args) {
        Light state = Light.RED;
        int clock = 0;
        boolean[] emergencies = {false, false, true, false, false, true, false, false};
        for (boolean e : emergencies) {
            System.out.println("t=" + clock + " " + state.describe() + " cross=" + state.mayCross());
            clock += state.seconds;
            state = state.next(e);
        }
        System.out.println("final " + state + " at t=" + clock);

        Parity p = Parity.EVEN;
        for (int i = 0; i < 5; i++) p = p.flip();
        System.out.println(p + " " + p.flip().flip() + " " + (p.getDeclaringClass() == Parity.class) + " "
                + (p.getClass() == Parity.class) + " " + (p.getClass().getSuperclass() == Parity.class));
        for (Light l : Light.values()) {
            System.out.println(l.ordinal() + " " + l + " -> " + l.next(false) + "/" + l.next(true)
                    + " " + l.getDeclaringClass().getSimpleName() + " " + (l.getClass() != Light.class));
        }
    }
}
