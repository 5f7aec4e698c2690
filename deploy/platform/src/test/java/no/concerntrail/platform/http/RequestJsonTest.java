package no.concerntrail.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestJsonTest {

    record Report(String summary, List<String> names) {
    }

    private final ObjectMapper json = new ObjectMapper();

    {
        new RequestJson().customize(json);
    }

    @Test
    void ordinaryTextAndWholeSurrogatePairsPass() throws Exception {
        Report report = json.readValue("{\"summary\":\"Æøå \\ud83d\\ude00 ok\",\"names\":[\"Ola\"]}", Report.class);
        assertThat(report.summary()).isEqualTo("Æøå 😀 ok");
        assertThat(RequestJson.storable("tab\tand newline\n")).isTrue();
    }

    @Test
    void aNulOrHalfASurrogatePairIsRefusedNamingTheField() {
        for (String bad : List.of("\\u0000", "a\\u0000b", "\\ud83d", "x\\ude00", "\\ude00\\ud83d")) {
            assertThatThrownBy(() -> json.readValue("{\"summary\":\"" + bad + "\"}", Report.class))
                    .isInstanceOf(RequestJson.UnsafeText.class)
                    .satisfies(e -> assertThat(((JsonMappingException) e).getPath().get(0).getFieldName())
                            .isEqualTo("summary"));
        }
        assertThatThrownBy(() -> json.readValue("{\"names\":[\"Ola\",\"\\u0000\"]}", Report.class))
                .isInstanceOf(RequestJson.UnsafeText.class);
    }

    @Test
    void jsonNestedDeeperThanAnyRequestIsRefusedBeforeItIsRead() throws Exception {
        String deep = "{\"summary\":" + "[".repeat(RequestJson.MAX_NESTING) + "]".repeat(RequestJson.MAX_NESTING) + "}";
        assertThatThrownBy(() -> json.readTree(deep))
                .isInstanceOf(StreamConstraintsException.class);
        assertThat(json.readTree("{\"a\":{\"b\":[{\"c\":1}]}}").path("a").path("b").get(0).path("c").asInt()).isOne();
    }
}
