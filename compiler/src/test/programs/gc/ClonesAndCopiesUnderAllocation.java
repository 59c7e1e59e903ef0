import java.util.Arrays;

/** Object.clone and array copies while allocation collects: the copies stay equal to their originals. */
public class ClonesAndCopiesUnderAllocation {
    static final class Point implements Cloneable {
        int x;
        int y;
        Object tag;

        Point(int x, int y, Object tag) {
            this.x = x;
            this.y = y;
            this.tag = tag;
        }

        @Override
        public Point clone() {
            try {
                return (Point) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    public static void main(String[] args) {
        Point[] points = new Point[1000];
        for (int i = 0; i < points.length; i++) {
            points[i] = new Point(i, -i, "tag" + i);
        }
        long sum = 0;
        for (int round = 0; round < 300; round++) {
            Point[] copy = points.clone();
            Point one = copy[round % copy.length].clone();
            int[] numbers = new int[1000 + round];
            Arrays.fill(numbers, round);
            int[] numbersCopy = Arrays.copyOf(numbers, numbers.length * 2);
            sum += one.x + one.y + one.tag.hashCode() % 7 + numbersCopy[round] + copy.length;
        }
        System.out.println(sum + " " + points[999].tag);
    }
}
