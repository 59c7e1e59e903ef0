public class StackMachine {
    // Opcodes of a tiny stack machine.
    static final int HALT = 0, PUSH = 1, POP = 2, ADD = 3, SUB = 4, MUL = 5, DIV = 6, MOD = 7, DUP = 8, SWAP = 9,
            OVER = 10, JMP = 11, JZ = 12, JNZ = 13, LOAD = 14, STORE = 15, PRINT = 16, CALL = 17, RET = 18, LT = 19,
            EQ = 20, NEG = 21, PRINTC = 22;

    static int steps;

    static int run(int[] code, boolean traceOn) {
        int[] stack = new int[256];
        int[] callStack = new int[64];
        int[] memory = new int[16];
        int sp = 0, csp = 0, pc = 0;
        StringBuilder out = new StringBuilder();
        steps = 0;
        while (true) {
            int op = code[pc++];
            steps++;
            if (traceOn) {
                System.out.println("pc " + (pc - 1) + " op " + op + " sp " + sp + (sp > 0 ? " top " + stack[sp - 1] : ""));
            }
            switch (op) {
                case HALT:
                    System.out.println("output: " + out.toString());
                    return sp > 0 ? stack[sp - 1] : 0;
                case PUSH: stack[sp++] = code[pc++]; break;
                case POP: sp--; break;
                case ADD: sp--; stack[sp - 1] += stack[sp]; break;
                case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
                case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
                case DIV: sp--; stack[sp - 1] /= stack[sp]; break;
                case MOD: sp--; stack[sp - 1] %= stack[sp]; break;
                case DUP: stack[sp] = stack[sp - 1]; sp++; break;
                case SWAP: { int t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
                case OVER: stack[sp] = stack[sp - 2]; sp++; break;
                case JMP: pc = code[pc]; break;
                case JZ: { int target = code[pc++]; if (stack[--sp] == 0) pc = target; break; }
                case JNZ: { int target = code[pc++]; if (stack[--sp] != 0) pc = target; break; }
                case LOAD: stack[sp++] = memory[code[pc++]]; break;
                case STORE: memory[code[pc++]] = stack[--sp]; break;
                case PRINT: out.append(stack[--sp]).append(' '); break;
                case PRINTC: out.append((char) stack[--sp]); break;
                case CALL: callStack[csp++] = pc + 1; pc = code[pc]; break;
                case RET: pc = callStack[--csp]; break;
                case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0; break;
                case EQ: sp--; stack[sp - 1] = stack[sp - 1] == stack[sp] ? 1 : 0; break;
                case NEG: stack[sp - 1] = -stack[sp - 1]; break;
                default:
                    System.out.println("bad opcode " + op + " at " + (pc - 1));
                    return -1;
            }
        }
    }

    public static void main(String[] args) {
        // (2 + 3) * 7 - 100 / 6
        int[] arith = {PUSH, 2, PUSH, 3, ADD, PUSH, 7, MUL, PUSH, 100, PUSH, 6, DIV, SUB, DUP, PRINT, HALT};
        System.out.println("arith = " + run(arith, true) + " in " + steps + " steps");
        // factorial of 12 with a loop: mem[0] = n, mem[1] = acc; the result is printed after the loop.
        int[] fact = {
            PUSH, 12, STORE, 0, PUSH, 1, STORE, 1,
            LOAD, 0, JZ, 30,
            LOAD, 1, LOAD, 0, MUL, STORE, 1,
            LOAD, 0, PUSH, 1, SUB, STORE, 0, JMP, 8, HALT, HALT,
            LOAD, 1, DUP, PRINT, HALT
        };
        System.out.println("12! = " + run(fact, false) + " in " + steps + " steps");
        // Fibonacci numbers below 1000000, printed.
        int[] fib = {
            PUSH, 0, PUSH, 1,
            /* 4 */ OVER, DUP, PRINT, PUSH, 1000000, LT, JZ, 21,
            DUP, STORE, 0, ADD, LOAD, 0, SWAP, JMP, 4,
            /* 21 */ HALT
        };
        System.out.println("fib result " + run(fib, false) + " in " + steps + " steps");
        // gcd via subroutine: gcd(a, b) on the stack, CALL/RET.
        int[] gcd = {
            PUSH, 1071, PUSH, 462, CALL, 10, DUP, PRINT, HALT, HALT,
            /* 10 */ DUP, JZ, 23,
            /* 13 */ DUP, STORE, 0, MOD, LOAD, 0, SWAP, JMP, 10, HALT,
            /* 23 */ POP, RET
        };
        System.out.println("gcd = " + run(gcd, true) + " in " + steps + " steps");
        // Count down from z to p printing characters.
        int[] text = {
            PUSH, 'z',
            /* 2 */ DUP, PRINTC, PUSH, 1, SUB, DUP, PUSH, 'p', LT, JZ, 2,
            PUSH, '!', PRINTC, HALT
        };
        System.out.println("text result " + run(text, false) + " in " + steps + " steps");
        // Sum of i*i for i < 1000 with wrap-around checks, and negative division semantics.
        int[] sumsq = {
            PUSH, 0, STORE, 1, PUSH, 0, STORE, 0,
            /* 8 */ LOAD, 0, PUSH, 1000, LT, JZ, 33,
            /* 15 */ LOAD, 1, LOAD, 0, DUP, MUL, ADD, STORE, 1,
            /* 24 */ LOAD, 0, PUSH, 1, ADD, STORE, 0, JMP, 8,
            /* 33 */ LOAD, 1, DUP, PRINT, PUSH, -7, PUSH, 2, DIV, PRINT, PUSH, -7, PUSH, 2, MOD, PRINT,
            PUSH, Integer.MIN_VALUE, PUSH, -1, DIV, PRINT, PUSH, 5, NEG, PUSH, -5, EQ, PRINT, HALT
        };
        System.out.println("sum of squares = " + run(sumsq, false) + " in " + steps + " steps");
        int[] bad = {PUSH, 1, 99};
        System.out.println("bad = " + run(bad, true));
    }
}
