package no.concerntrail.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionsTest {

    @Test
    void everyCommandNamesAVersionOrSaysAnyWithAStar() {
        assertThatThrownBy(() -> Versions.expected(null)).isInstanceOf(Versions.IfMatchRequired.class);
        assertThatThrownBy(() -> Versions.expected(" ")).isInstanceOf(Versions.IfMatchRequired.class);
        assertThat(Versions.expected("*")).isNull();
    }

    @Test
    void theETagOfAGetIsItsVersion() {
        assertThat(Versions.expected("\"3\"")).isEqualTo(3L);
        assertThat(Versions.expected(" \"0\" ")).isZero();
        assertThat(Versions.expected("17")).isEqualTo(17L);
        assertThat(Versions.etag(4).getValue()).isEqualTo("4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1", "-1", "\"+1\"", "W/\"1\"", "1.0", "\"1", "yesterday", "\"1\", \"2\"",
            "99999999999999999999"})
    void anythingElseIsRefusedNotGuessed(String header) {
        assertThatThrownBy(() -> Versions.expected(header)).isInstanceOf(Versions.InvalidIfMatch.class)
                .hasMessageContaining("If-Match");
    }

    @Test
    void aStaleVersionIsRefusedBeforeTheCommand() {
        assertThat(Versions.checked("\"2\"", () -> 2)).isEqualTo(2L);
        assertThat(Versions.checked("*", () -> { throw new AssertionError("no precondition, nothing to read"); }))
                .isNull();
        assertThatThrownBy(() -> Versions.checked("\"1\"", () -> 2)).isInstanceOf(Versions.StaleVersion.class)
                .satisfies(e -> {
                    Versions.StaleVersion stale = (Versions.StaleVersion) e;
                    assertThat(stale.expected()).isEqualTo(1);
                    assertThat(stale.current()).isEqualTo(2);
                });
    }
}
