import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

/** Lambdas created in static and instance initializers and field initializers, capturing this and statics. */
public class LambdasInInitializers {
    static final List<String> LOG = new ArrayList<>();
    static final IntUnaryOperator SQUARE;
    static int staticBase = 10;
    static final Supplier<String> STATIC_VIEW = () -> "staticBase=" + staticBase;

    static {
        SQUARE = x -> x * x;
        Runnable r = () -> LOG.add("static block ran, SQUARE(7)=" + SQUARE.applyAsInt(7));
        r.run();
    }

    String name;
    final Supplier<String> greeting = () -> "hello from " + this.name;
    final IntUnaryOperator shift;
    int created;

    {
        int local = 3;
        shift = x -> x + local + created;
        LOG.add("instance block ran");
    }

    LambdasInInitializers(String name) {
        this.name = name;
        created = name.length();
        LOG.add("constructor " + name);
    }

    static class Holder {
        static final Supplier<String> LAZY;
        static {
            LOG.add("Holder initialized");
            LAZY = () -> "holder value";
        }
    }

    public static void main(String[] args) {
        LOG.add("main starts");
        LambdasInInitializers a = new LambdasInInitializers("alpha");
        LambdasInInitializers b = new LambdasInInitializers("be");
        System.out.println(a.greeting.get() + " / " + b.greeting.get());
        System.out.println(a.shift.applyAsInt(100) + " " + b.shift.applyAsInt(100));
        a.created = 50;
        System.out.println(a.shift.applyAsInt(100));
        System.out.println(STATIC_VIEW.get());
        staticBase = 99;
        System.out.println(STATIC_VIEW.get());
        LOG.add("before Holder");
        System.out.println(Holder.LAZY.get());
        for (String line : LOG) {
            System.out.println(line);
        }
    }
}
