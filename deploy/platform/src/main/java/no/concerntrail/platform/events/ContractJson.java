package no.concerntrail.platform.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON of what lasts: stored events and published contracts. Built here, on purpose not the
 * REST API's ObjectMapper, so tuning the API (naming, inclusion, customizers) can never change the
 * bytes already in the event store or what consumers parse. ISO-8601 dates, as JSON-Schema expects.
 */
public final class ContractJson {

    private ContractJson() {
    }

    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
    }
}
