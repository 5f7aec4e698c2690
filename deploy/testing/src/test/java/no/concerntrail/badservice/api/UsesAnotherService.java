package no.concerntrail.badservice.api;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A deliberately bad resource: it talks to Kafka outside messaging. */
public class UsesAnotherService {

    public Object read(ConsumerRecord<String, byte[]> record) {
        return record.value();
    }
}
