/** A whole program: a scene graph of nested groups and shapes, visited through an interface, with per-type counts. */
public class SceneGraph {
    interface Visitor { void circle(Circle c, int depth); void rect(Rect r, int depth); void group(Group g, int depth); }
    static abstract class Node { abstract void accept(Visitor v, int depth); abstract double area(); }
    static final class Circle extends Node { final double r; Circle(double r) { this.r = r; } void accept(Visitor v, int d) { v.circle(this, d); } double area() { return 3.14159 * r * r; } }
    static final class Rect extends Node { final double w, h; Rect(double w, double h) { this.w = w; this.h = h; } void accept(Visitor v, int d) { v.rect(this, d); } double area() { return w * h; } }
    static final class Group extends Node {
        final String name; final Node[] children;
        Group(String name, Node... children) { this.name = name; this.children = children; }
        void accept(Visitor v, int d) { v.group(this, d); for (Node c : children) c.accept(v, d + 1); }
        double area() { double s = 0; for (Node c : children) s += c.area(); return s; }
    }
    static class Printer implements Visitor {
        final StringBuilder out = new StringBuilder();
        void indent(int d) { for (int i = 0; i < d; i++) out.append("  "); }
        public void circle(Circle c, int d) { indent(d); out.append("circle r=").append(c.r).append('\n'); }
        public void rect(Rect r, int d) { indent(d); out.append("rect ").append(r.w).append('x').append(r.h).append('\n'); }
        public void group(Group g, int d) { indent(d); out.append("group ").append(g.name).append(" area=").append(g.area()).append('\n'); }
    }
    static class Counter implements Visitor {
        int circles, rects, groups, maxDepth;
        void depth(int d) { maxDepth = Math.max(maxDepth, d); }
        public void circle(Circle c, int d) { circles++; depth(d); }
        public void rect(Rect r, int d) { rects++; depth(d); }
        public void group(Group g, int d) { groups++; depth(d); }
    }
    public static void main(String[] args) {
        Node scene = new Group("root", new Circle(1), new Group("left", new Rect(2, 3), new Circle(0.5)),
                new Group("right", new Group("deep", new Rect(1, 1), new Rect(4, 0.25)), new Circle(2)));
        Printer p = new Printer();
        scene.accept(p, 0);
        System.out.print(p.out);
        Counter c = new Counter();
        scene.accept(c, 0);
        System.out.println(c.circles + " circles, " + c.rects + " rects, " + c.groups + " groups, depth " + c.maxDepth);
    }
}
