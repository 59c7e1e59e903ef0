import java.lang.reflect.Modifier;

/** Class.getModifiers (top-level, nested, local, anonymous, interfaces, enums, records, arrays, primitives) and what is built on it: isEnum, Modifier.toString. */
public class ClassModifiersAndIsEnum {
    enum Plain { A, B }

    enum WithBodies {
        X { @Override int value() { return 1; } },
        Y;

        int value() { return 0; }
    }

    private static final class Hidden { }

    protected abstract static class Base { }

    interface Shape { }

    private interface Secret { }

    record Point(int x, int y) { }

    class Inner { }

    @interface Marker { }

    static void show(Class<?> type) {
        int modifiers = type.getModifiers();
        System.out.println(type.getName() + ": 0x" + Integer.toHexString(modifiers) + " [" + Modifier.toString(modifiers)
                + "] enum " + type.isEnum() + ", interface " + type.isInterface() + ", annotation " + type.isAnnotation()
                + ", synthetic " + type.isSynthetic());
    }

    public static void main(String[] args) {
        class Local { }
        Runnable anonymous = new Runnable() {
            @Override
            public void run() { }
        };
        Class<?>[] types = {ClassModifiersAndIsEnum.class, Plain.class, WithBodies.class, WithBodies.X.getClass(),
                WithBodies.Y.getClass(), Hidden.class, Base.class, Shape.class, Secret.class, Point.class, Inner.class,
                Marker.class, Local.class, anonymous.getClass(), String.class, Object.class, Runnable.class,
                Thread.State.class, Integer.class, Number.class, int[].class, Hidden[].class, Shape[][].class,
                String[].class, int.class, void.class, double.class};
        for (Class<?> type : types) {
            show(type);
        }
        System.out.println(WithBodies.X.getDeclaringClass().isEnum() + " " + Plain.A.getClass().isEnum());
        System.out.println(Modifier.isFinal(Plain.class.getModifiers()) + " " + Modifier.isAbstract(Base.class.getModifiers())
                + " " + Modifier.isStatic(Inner.class.getModifiers()) + " " + Modifier.isStatic(Point.class.getModifiers()));
    }
}
