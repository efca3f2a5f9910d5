package dev.orrery.core.yaml.inplace;

import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Integers compare by value whatever node holds them, also past the range of a long (the fast path stops there). */
class SemanticNumbersTest {
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    @Test
    void integersCompareByValueAcrossNodeTypes() {
        assertThat(Semantic.equal(IntNode.valueOf(5), LongNode.valueOf(5))).isTrue();
        assertThat(Semantic.equal(BigIntegerNode.valueOf(BigInteger.valueOf(5)), IntNode.valueOf(5))).isTrue();
        assertThat(Semantic.equal(LongNode.valueOf(Long.MAX_VALUE), LongNode.valueOf(Long.MAX_VALUE))).isTrue();
        assertThat(Semantic.equal(IntNode.valueOf(5), IntNode.valueOf(6))).isFalse();
    }

    @Test
    void integersBeyondALongStillCompareExactly() {
        assertThat(Semantic.equal(BigIntegerNode.valueOf(TWO_TO_64), BigIntegerNode.valueOf(TWO_TO_64))).isTrue();
        assertThat(Semantic.equal(BigIntegerNode.valueOf(TWO_TO_64), LongNode.valueOf(0))).isFalse();
        assertThat(Semantic.equal(BigIntegerNode.valueOf(TWO_TO_64.add(BigInteger.ONE)), LongNode.valueOf(1))).isFalse();
        assertThat(Semantic.equal(BigIntegerNode.valueOf(BigInteger.ONE.shiftLeft(63)),
                LongNode.valueOf(Long.MIN_VALUE))).isFalse();
    }

    @Test
    void anIntegerIsNotAFloatNorText() {
        assertThat(Semantic.equal(IntNode.valueOf(5), DoubleNode.valueOf(5.0))).isFalse();
        assertThat(Semantic.equal(IntNode.valueOf(5), TextNode.valueOf("5"))).isFalse();
    }
}
