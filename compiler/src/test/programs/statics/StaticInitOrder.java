public class StaticInitOrder {
    static int mainField = trace("StaticInitOrder.mainField", 1);

    static {
        System.out.println("StaticInitOrder static block, mainField=" + mainField);
    }

    static int trace(String what, int value) {
        System.out.println("init " + what + " = " + value);
        return value;
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println("Constants.ANSWER (compile-time constant, no init) = " + Constants.ANSWER);
        System.out.println("Constants.GREETING (compile-time constant, no init) = " + Constants.GREETING);
        System.out.println("reading Constants.computed");
        System.out.println("Constants.computed = " + Constants.computed);
        System.out.println("calling Alpha.value()");
        System.out.println("Alpha.value() = " + Alpha.value());
        System.out.println("Alpha.value() again = " + Alpha.value());
        System.out.println("writing Gamma.slot");
        Gamma.slot = 99;
        System.out.println("Gamma.slot = " + Gamma.slot);
        System.out.println("Delta.TABLE length " + Delta.TABLE.length);
        int sum = 0;
        for (int v : Delta.TABLE) {
            sum += v;
        }
        System.out.println("Delta.TABLE sum " + sum + " first " + Delta.TABLE[0] + " last " + Delta.TABLE[Delta.TABLE.length - 1]);
        System.out.println("Delta.SQUARES[12] " + Delta.SQUARES[12] + " Delta.NAME " + Delta.NAME);
        System.out.println("Epsilon.counter before " + Epsilon.counter);
        Epsilon.bump();
        Epsilon.bump();
        System.out.println("Epsilon.counter after " + Epsilon.counter);
        System.out.println("Zeta defaults: " + Zeta.i + " " + Zeta.l + " " + Zeta.b + " " + Zeta.s + " " + (int) Zeta.c
                + " " + Zeta.z + " " + Zeta.str + " " + (Zeta.arr == null));
        System.out.println("main ends, mainField=" + mainField);
    }
}

class Constants {
    static final int ANSWER = 42;
    static final String GREETING = "hello";
    static final int computed = StaticInitOrder.trace("Constants.computed", ANSWER * 2);

    static {
        System.out.println("Constants static block");
    }
}

class Alpha {
    static int a = StaticInitOrder.trace("Alpha.a", Beta.b + 1);

    static {
        System.out.println("Alpha static block, a=" + a + ", Beta.b=" + Beta.b);
    }

    static int value() {
        return a * 10;
    }
}

class Beta {
    static int b = StaticInitOrder.trace("Beta.b", 5);
    static int seen = StaticInitOrder.trace("Beta.seen (Alpha.a during Beta init)", Alpha.a);

    static {
        System.out.println("Beta static block, b=" + b + ", seen=" + seen);
        b = b * 2;
    }
}

class Gamma {
    static int slot = StaticInitOrder.trace("Gamma.slot", 7);

    static {
        System.out.println("Gamma static block, slot=" + slot);
    }
}

class Delta {
    static final int[] TABLE = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9};
    static final long[] SQUARES = new long[20];
    static final String NAME;

    static {
        for (int i = 0; i < SQUARES.length; i++) {
            SQUARES[i] = (long) i * i * 1000000007L;
        }
        NAME = "delta-" + TABLE.length;
        System.out.println("Delta static block, NAME=" + NAME);
    }
}

class Epsilon {
    static int counter;

    static {
        counter = 100;
        System.out.println("Epsilon static block");
    }

    static void bump() {
        counter += 11;
        System.out.println("Epsilon.bump -> " + counter);
    }
}

class Zeta {
    static int i;
    static long l;
    static byte b;
    static short s;
    static char c;
    static boolean z;
    static String str;
    static int[] arr;
}
