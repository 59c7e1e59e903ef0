package org.os2j.runtime.jdk;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Test support: a minimal class-file reader (JVMS 4) that lists a class's members and, for each
 * method, the instructions that matter to the language-subset rules. Just enough for
 * {@link ReplacementRulesTest}; not a general parser.
 */
final class ClassFileReader {
    /** A field or method. */
    record Member(String name, String descriptor, int access, List<Instruction> code, int exceptionHandlers) {
    }

    /** An instruction at {@code offset}; {@code reference} resolves its constant-pool operand, if any. */
    record Instruction(int offset, int opcode, Reference reference, int operand) {
    }

    /** A constant-pool operand: a class, member reference, constant or call site. */
    record Reference(int tag, String owner, String name, String descriptor) {
    }

    final String name;
    final String superName;
    final int access;
    final int interfaceCount;
    final List<Member> fields = new ArrayList<>();
    final List<Member> methods = new ArrayList<>();
    final List<String> utf8Constants = new ArrayList<>();

    private final int[] tags;
    private final Object[] values; // Utf8: String; Class/String/MethodType: Integer; pairs: int[]

    ClassFileReader(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        tags = new int[count];
        values = new Object[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            tags[i] = tag;
            switch (tag) {
                case 1 -> {
                    values[i] = in.readUTF();
                    utf8Constants.add((String) values[i]);
                }
                case 3, 4 -> values[i] = in.readInt();
                case 5, 6 -> {
                    values[i] = in.readLong();
                    i++;
                }
                case 7, 8, 16, 19, 20 -> values[i] = in.readUnsignedShort();
                case 9, 10, 11, 12, 17, 18 -> values[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 15 -> values[i] = new int[] {in.readUnsignedByte(), in.readUnsignedShort()};
                default -> throw new IOException("constant tag " + tag);
            }
        }
        access = in.readUnsignedShort();
        name = className(in.readUnsignedShort());
        int superIndex = in.readUnsignedShort();
        superName = superIndex == 0 ? null : className(superIndex);
        interfaceCount = in.readUnsignedShort();
        for (int i = 0; i < interfaceCount; i++) {
            in.readUnsignedShort();
        }
        readMembers(in, fields);
        readMembers(in, methods);
    }

    private void readMembers(DataInputStream in, List<Member> into) throws IOException {
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            int memberAccess = in.readUnsignedShort();
            String memberName = utf8(in.readUnsignedShort());
            String descriptor = utf8(in.readUnsignedShort());
            List<Instruction> code = List.of();
            int handlers = 0;
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attributeName = utf8(in.readUnsignedShort());
                int length = in.readInt();
                byte[] body = in.readNBytes(length);
                if (attributeName.equals("Code")) {
                    DataInputStream codeIn = new DataInputStream(new java.io.ByteArrayInputStream(body));
                    codeIn.readUnsignedShort();
                    codeIn.readUnsignedShort();
                    byte[] bytecode = codeIn.readNBytes(codeIn.readInt());
                    handlers = codeIn.readUnsignedShort();
                    code = decode(bytecode);
                }
            }
            into.add(new Member(memberName, descriptor, memberAccess, code, handlers));
        }
    }

    private List<Instruction> decode(byte[] code) {
        List<Instruction> result = new ArrayList<>();
        int pc = 0;
        while (pc < code.length) {
            int opcode = code[pc] & 0xFF;
            Reference reference = null;
            int operand = 0;
            int length;
            switch (opcode) {
                case 0x10, 0x15, 0x16, 0x17, 0x18, 0x19, 0x36, 0x37, 0x38, 0x39, 0x3a, 0xa9 -> length = 2;
                case 0xbc -> {
                    length = 2;
                    operand = code[pc + 1] & 0xFF;
                }
                case 0x12 -> {
                    length = 2;
                    reference = reference(code[pc + 1] & 0xFF);
                }
                case 0x13, 0x14, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xbb, 0xbd, 0xc0, 0xc1 -> {
                    length = 3;
                    reference = reference(u2(code, pc + 1));
                }
                case 0x11, 0x84, 0xc6, 0xc7 -> length = 3;
                case 0xb9, 0xba -> {
                    length = 5;
                    reference = reference(u2(code, pc + 1));
                }
                case 0xc5 -> {
                    length = 4;
                    reference = reference(u2(code, pc + 1));
                }
                case 0xc8, 0xc9 -> length = 5;
                case 0xc4 -> length = (code[pc + 1] & 0xFF) == 0x84 ? 6 : 4;
                case 0xaa -> {
                    int base = (pc + 4) & ~3;
                    int low = s4(code, base + 4);
                    int high = s4(code, base + 8);
                    length = base + 12 + 4 * (high - low + 1) - pc;
                }
                case 0xab -> {
                    int base = (pc + 4) & ~3;
                    length = base + 8 + 8 * s4(code, base + 4) - pc;
                }
                default -> length = (opcode >= 0x99 && opcode <= 0xa8) ? 3 : 1;
            }
            result.add(new Instruction(pc, opcode, reference, operand));
            pc += length;
        }
        return result;
    }

    private Reference reference(int index) {
        int tag = tags[index];
        switch (tag) {
            case 7:
                return new Reference(tag, className(index), null, null);
            case 9:
            case 10:
            case 11: {
                int[] pair = (int[]) values[index];
                int[] nameAndType = (int[]) values[pair[1]];
                return new Reference(tag, className(pair[0]), utf8(nameAndType[0]), utf8(nameAndType[1]));
            }
            case 18: {
                int[] pair = (int[]) values[index];
                int[] nameAndType = (int[]) values[pair[1]];
                return new Reference(tag, null, utf8(nameAndType[0]), utf8(nameAndType[1]));
            }
            default:
                return new Reference(tag, null, null, null);
        }
    }

    private String className(int index) {
        return utf8((Integer) values[index]);
    }

    private String utf8(int index) {
        return (String) values[index];
    }

    private static int u2(byte[] code, int at) {
        return ((code[at] & 0xFF) << 8) | (code[at + 1] & 0xFF);
    }

    private static int s4(byte[] code, int at) {
        return (code[at] << 24) | ((code[at + 1] & 0xFF) << 16) | ((code[at + 2] & 0xFF) << 8) | (code[at + 3] & 0xFF);
    }
}
