import java.io.Serializable;

/** altMetafactory: intersection casts add marker interfaces; a bridge method for a covariant override. */
public class LambdaMarkers {
    interface Named {
    }

    interface Source<T> {
        T next();
    }

    interface TextSource extends Source<String> {
        @Override
        String next();
    }

    public static void main(String[] args) {
        Runnable plain = () -> System.out.println("run");
        Runnable marked = (Runnable & Named) () -> System.out.println("marked run");
        Runnable serializable = (Runnable & Serializable) () -> System.out.println("serializable run");
        plain.run();
        marked.run();
        serializable.run();
        System.out.println((plain instanceof Named) + " " + (marked instanceof Named) + " "
                + (serializable instanceof Serializable));
        TextSource text = () -> "text";
        Source<String> general = text;
        System.out.println(text.next() + " " + general.next());
    }
}
