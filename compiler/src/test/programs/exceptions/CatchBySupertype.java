/** A catch clause catches subclasses of its type; the first matching clause wins. */
public class CatchBySupertype {
    static void fail(int kind) {
        switch (kind) {
            case 0 -> throw new ArrayIndexOutOfBoundsException("aioobe");
            case 1 -> throw new StringIndexOutOfBoundsException("sioobe");
            case 2 -> throw new IllegalStateException("ise");
            default -> throw new UnsupportedOperationException("uoe");
        }
    }
    public static void main(String[] args) {
        for (int kind = 0; kind < 4; kind++) {
            try {
                fail(kind);
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("array: " + e.getMessage());
            } catch (IndexOutOfBoundsException e) {
                System.out.println("index: " + e.getMessage());
            } catch (RuntimeException e) {
                System.out.println("runtime " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }
}
