package no.concerntrail.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body sent in chunks declares no length that {@link BodyLimit} could refuse it by: it is counted as it is read
 * instead, and refused once it grows past the same limit (413, problem+json), before anything is done with it.
 */
@Provider
public class ChunkedBodyLimit implements ReaderInterceptor {

    @ConfigProperty(name = "concerntrail.http.max-body-size")
    MemorySize maxBodySize;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Counted(context.getInputStream(), maxBodySize.asLongValue()));
        return context.proceed();
    }

    /** More than the limit was read. */
    public static final class TooLarge extends RuntimeException {
        private final long limit;

        TooLarge(long limit) {
            super("The request body grew over " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private static final class Counted extends FilterInputStream {
        private final long limit;
        private long read;

        Counted(InputStream body, long limit) {
            super(body);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            count(next < 0 ? 0 : 1);
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            count(Math.max(count, 0));
            return count;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }
    }
}
