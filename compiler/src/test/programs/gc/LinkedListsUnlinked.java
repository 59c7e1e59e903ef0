import java.util.ArrayList;
import java.util.List;

/** Singly and doubly linked lists built, partly unlinked and dropped, while a few lists are kept. */
public class LinkedListsUnlinked {
    static final class Node {
        Node next;
        Node previous;
        final long value;
        final byte[] payload;

        Node(long value) {
            this.value = value;
            this.payload = new byte[(int) (value % 48)];
        }
    }

    public static void main(String[] args) {
        List<Node> kept = new ArrayList<>();
        long total = 0;
        for (int round = 0; round < 60; round++) {
            Node head = null;
            Node tail = null;
            for (int i = 0; i < 30_000; i++) {
                Node node = new Node(round * 31L + i);
                if (head == null) {
                    head = node;
                } else {
                    tail.next = node;
                    node.previous = tail;
                }
                tail = node;
            }
            for (Node node = head; node != null && node.next != null; node = node.next) {
                if (node.next.value % 3 == 0) { // unlink every third
                    node.next = node.next.next;
                    if (node.next != null) {
                        node.next.previous = node;
                    }
                }
            }
            for (Node node = tail; node != null; node = node.previous) {
                total += node.value + node.payload.length;
            }
            if (round % 10 == 0) {
                kept.add(head);
            }
        }
        long keptTotal = 0;
        for (Node head : kept) {
            for (Node node = head; node != null; node = node.next) {
                keptTotal += node.value;
            }
        }
        System.out.println(total + " " + kept.size() + " " + keptTotal);
    }
}
