/** Objects referring to objects: a linked list and a binary tree built and walked. */
public class LinkedStructures {
    static class Node { final int value; Node next; Node(int value, Node next) { this.value = value; this.next = next; } }
    static class Tree {
        int key; Tree left, right;
        Tree(int key) { this.key = key; }
        void insert(int k) {
            if (k < key) { if (left == null) left = new Tree(k); else left.insert(k); }
            else { if (right == null) right = new Tree(k); else right.insert(k); }
        }
        void inOrder(StringBuilder out) { if (left != null) left.inOrder(out); out.append(key).append(' '); if (right != null) right.inOrder(out); }
        int height() { return 1 + Math.max(left == null ? 0 : left.height(), right == null ? 0 : right.height()); }
    }
    public static void main(String[] args) {
        Node list = null;
        for (int i = 1; i <= 10; i++) list = new Node(i * i, list);
        int sum = 0;
        for (Node n = list; n != null; n = n.next) sum += n.value;
        System.out.println("sum " + sum + " head " + list.value);
        Tree root = new Tree(50);
        int seed = 7;
        for (int i = 0; i < 40; i++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; root.insert(seed % 100); }
        StringBuilder out = new StringBuilder();
        root.inOrder(out);
        System.out.println(out.toString().trim());
        System.out.println("height " + root.height());
    }
}
