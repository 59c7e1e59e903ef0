package org.os2j.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The reader gives back what the printer wrote, attributes and odd constants included, and names bad lines. */
class IrReaderTest {
    @Test
    void readsBackEveryAttribute() {
        String text = """
                function Test.f(JD)V (%0.x: i64, %1.d: f64) out-of-ssa
                b0:
                  %2 = load.i32 [s16 *2 +24] %0.x, 3:i32
                  store.i64 [s64 +-8] %0.x, -5:i64
                  %3 = load.static.f64 [s64 +16] @statics:Test
                  %4.y = call.ref @Test.g(Ljava/lang/String;)Ljava/lang/Object; null
                  call @Test.h()V noreturn
                  call @Test.k()V inlined(@Test.inner(I)V 12, @Test.middle()V 7)
                  %9 = add.i32 %2, 1:i32 inlined(@Test.inner(I)V 0)
                  %5 = fcmpl.f64 %1.d, NaN:f64
                  %6 = add.f64 %1.d, -0.0:f64
                  %7 = add.f64 %6, 0x7ff0000000000001:f64
                  %8 = add.f32 1.4E-45:f32, -Infinity:f32
                  switch.i32 %2 -> -1: b1, 7: b0, default: b1
                b1:
                  branch.f64 uge %1.d, 0.5:f64 -> b0, b1
                """;
        assertEquals(text, IrPrinter.format(IrReader.read(text)));
    }

    @Test
    void keepsNumbersWithGaps() {
        String text = """
                function Test.f()I () -> i32
                b3:
                  %7 = add.i32 1:i32, 2:i32
                  return %7
                """;
        Function function = IrReader.read(text);
        assertEquals(8, function.registers().size());
        assertEquals(text, IrPrinter.format(function));
    }

    @Test
    void namesTheLineOfAnError() {
        String message = assertThrows(IllegalArgumentException.class, () -> IrReader.read("""
                function Test.f()V ()
                b0:
                  %1 = frobnicate.i32 1:i32
                  return
                """)).getMessage();
        assertTrue(message.startsWith("line 3"), message);
        assertTrue(message.contains("no opcode frobnicate"), message);
        String undefined = assertThrows(IllegalArgumentException.class, () -> IrReader.read("""
                function Test.f()V ()
                b0:
                  return %4
                """)).getMessage();
        assertTrue(undefined.contains("%4 is never defined"), undefined);
    }
}
