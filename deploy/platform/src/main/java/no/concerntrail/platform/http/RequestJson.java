package no.concerntrail.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * What a request body may hold, for the REST API's JSON (stored events and contracts have their own mapper): text
 * that holds a NUL character or half of a surrogate pair is refused (400, naming the field), as PostgreSQL cannot
 * store the first and would turn the second into '?'; and JSON nested deeper than any request needs is refused
 * before it is read (400), so a hostile body cannot make parsing costly.
 */
@Singleton
public class RequestJson implements ObjectMapperCustomizer {

    /** The reason a client reads in the problem's errors. */
    public static final String REASON = "contains a NUL character or an unpaired surrogate";
    /** The deepest request (a held conversation's way forward) nests four levels. */
    public static final int MAX_NESTING = 16;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
        mapper.registerModule(new SimpleModule("concerntrail-safe-text").addDeserializer(String.class, new Checked()));
    }

    /** Whether PostgreSQL can store {@code text} as it is. */
    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static final class Checked extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && !storable(text)) {
                throw new UnsafeText(parser);
            }
            return text;
        }
    }

    /** The value is not echoed back: it may be what an attacker wanted logged. */
    public static final class UnsafeText extends InvalidFormatException {
        UnsafeText(JsonParser parser) {
            super(parser, REASON, null, String.class);
        }
    }
}
