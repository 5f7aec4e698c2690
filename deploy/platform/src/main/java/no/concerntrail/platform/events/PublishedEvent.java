package no.concerntrail.platform.events;

/**
 * One stored event in its published form.
 *
 * @param type    the CloudEvents type, e.g. {@code no.concerntrail.case.ConcernReceived.v1}
 * @param subject the concern id: the CloudEvents subject and the Kafka key, so a concern's events stay in order
 * @param data    the published contract record, serialised as the JSON body
 */
public record PublishedEvent(String type, String subject, Object data) {

    /** Version 1 of the contract record {@code data}, whose class is named after the event. */
    public static PublishedEvent v1(String producer, Object subject, Object data) {
        return new PublishedEvent(EventType.v1(producer, data.getClass().getSimpleName()).ceType(),
                subject.toString(), data);
    }
}
