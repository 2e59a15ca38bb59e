package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArraySetTest {

    @Test
    void keepsTheSetsOrderAndEqualsASetOfTheSameStrings() {
        Set<String> set = ArraySet.of(new LinkedHashSet<>(List.of("water", "drink", "calf")));

        assertThat(set).containsExactly("water", "drink", "calf");
        assertThat(set).isEqualTo(Set.of("calf", "drink", "water")).hasSameHashCodeAs(Set.of("calf", "drink", "water"));
        assertThat(set.contains("drink")).isTrue();
        assertThat(set.contains("massage")).isFalse();
    }

    @Test
    void addsAStringOnceAtTheEnd() {
        Set<String> set = ArraySet.of(List.of());

        assertThat(set.add("calf")).isTrue();
        assertThat(set.add("foot")).isTrue();
        assertThat(set.add("calf")).isFalse();
        assertThat(set).containsExactly("calf", "foot");
    }

    @Test
    void refusesRemoval() {
        Set<String> set = ArraySet.of(List.of("calf"));

        assertThatThrownBy(() -> set.remove("calf")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(set).containsExactly("calf");
    }
}
