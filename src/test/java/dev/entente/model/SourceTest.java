package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SourceTest {

    @Test
    void of_isAnOutletOnly() {
        Source s = Source.of("Asianet Newsable");

        assertThat(s.outlet()).isEqualTo("Asianet Newsable");
        assertThat(s.agency()).isEmpty();
        assertThat(s.url()).isEmpty();
    }

    @Test
    void equalSources_areEqual() {
        Supplier<Source> ani = () -> Source.builder()
                .outlet("Asianet Newsable")
                .agency("ANI")
                .headline("Jaishankar heads to US")
                .author("Staff")
                .url("https://example.org/a")
                .build();

        assertThat(ani.get())
                .isEqualTo(ani.get())
                .hasSameHashCodeAs(ani.get())
                .isNotEqualTo(Source.of("Asianet Newsable"));
    }

    static Stream<Arguments> blankFields() {
        return Stream.of(
                Arguments.of("source.outlet", (Supplier<Source>) () -> Source.of(" ")),
                Arguments.of("source.agency", (Supplier<Source>)
                        () -> Source.builder().outlet("o").agency("").build()),
                Arguments.of("source.url", (Supplier<Source>)
                        () -> Source.builder().outlet("o").url(" ").build()),
                Arguments.of("source.headline", (Supplier<Source>)
                        () -> Source.builder().outlet("o").headline("").build()),
                Arguments.of("source.author", (Supplier<Source>)
                        () -> Source.builder().outlet("o").author(" ").build()));
    }

    @ParameterizedTest
    @MethodSource("blankFields")
    void blankField_isRejectedNamingTheField(String field, Supplier<Source> build) {
        assertThatThrownBy(build::get)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(field);
    }
}
