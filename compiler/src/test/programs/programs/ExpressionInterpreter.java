/** A whole program: tokenizer, recursive-descent parser and evaluator over an object tree, with errors as exceptions. */
public class ExpressionInterpreter {
    static class ParseError extends RuntimeException { ParseError(String m) { super(m); } }
    interface Expr { long eval(long[] vars); String show(); }
    static final class Num implements Expr { final long v; Num(long v) { this.v = v; } public long eval(long[] vars) { return v; } public String show() { return Long.toString(v); } }
    static final class Var implements Expr { final int i; Var(int i) { this.i = i; } public long eval(long[] vars) { return vars[i]; } public String show() { return String.valueOf((char) ('a' + i)); } }
    static final class Bin implements Expr {
        final char op; final Expr l, r;
        Bin(char op, Expr l, Expr r) { this.op = op; this.l = l; this.r = r; }
        public long eval(long[] vars) {
            long a = l.eval(vars), b = r.eval(vars);
            return switch (op) { case '+' -> a + b; case '-' -> a - b; case '*' -> a * b; case '/' -> a / b; default -> a % b; };
        }
        public String show() { return "(" + l.show() + " " + op + " " + r.show() + ")"; }
    }
    static final class Parser {
        final String text; int pos;
        Parser(String text) { this.text = text; }
        char peek() { while (pos < text.length() && text.charAt(pos) == ' ') pos++; return pos < text.length() ? text.charAt(pos) : '\0'; }
        Expr parse() { Expr e = sum(); if (peek() != '\0') throw new ParseError("unexpected '" + peek() + "' at " + pos); return e; }
        Expr sum() { Expr e = product(); while (peek() == '+' || peek() == '-') { char op = text.charAt(pos++); e = new Bin(op, e, product()); } return e; }
        Expr product() { Expr e = atom(); while (peek() == '*' || peek() == '/' || peek() == '%') { char op = text.charAt(pos++); e = new Bin(op, e, atom()); } return e; }
        Expr atom() {
            char c = peek();
            if (c == '(') { pos++; Expr e = sum(); if (peek() != ')') throw new ParseError("missing ) at " + pos); pos++; return e; }
            if (c >= 'a' && c <= 'z') { pos++; return new Var(c - 'a'); }
            if (c >= '0' && c <= '9') { long v = 0; while (pos < text.length() && Character.isDigit(text.charAt(pos))) v = v * 10 + (text.charAt(pos++) - '0'); return new Num(v); }
            throw new ParseError("unexpected " + (c == '\0' ? "end" : "'" + c + "'") + " at " + pos);
        }
    }
    public static void main(String[] args) {
        String[] programs = {"1 + 2 * 3", "(a + b) * (a - b)", "a / (b - 2)", "((7)", "x * y % 5 + 100 / c", "2 * * 3", "12345 * 6789 - a"};
        long[] vars = new long[26];
        vars[0] = 10; vars[1] = 2; vars[2] = 7; vars[23] = 41; vars[24] = 3;
        for (String p : programs) {
            try {
                Expr e = new Parser(p).parse();
                System.out.println(e.show() + " = " + e.eval(vars));
            } catch (ParseError e) {
                System.out.println("parse error: " + e.getMessage());
            } catch (ArithmeticException e) {
                System.out.println("arithmetic error: " + e.getMessage());
            }
        }
    }
}
