/** clone() of a Cloneable object is a shallow copy; without Cloneable it throws. */
public class CloneObjects {
    static class Point implements Cloneable {
        int x, y; int[] history = {1, 2};
        Point(int x, int y) { this.x = x; this.y = y; }
        public Point clone() { try { return (Point) super.clone(); } catch (CloneNotSupportedException e) { throw new AssertionError(e); } }
    }
    static class NotCloneable { Object tryClone() throws CloneNotSupportedException { return clone(); } }
    public static void main(String[] args) {
        Point p = new Point(3, 4);
        Point q = p.clone();
        q.x = 30;
        q.history[0] = 99;
        System.out.println(p.x + " " + q.x + " " + p.y + " " + q.y + " " + (p != q) + " " + (p.history == q.history) + " " + p.history[0]);
        System.out.println(q.getClass().getName());
        try {
            new NotCloneable().tryClone();
        } catch (CloneNotSupportedException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}
