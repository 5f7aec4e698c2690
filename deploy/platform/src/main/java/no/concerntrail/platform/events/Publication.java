package no.concerntrail.platform.events;

/**
 * One stored event as published on one topic.
 *
 * @param topic the topic it goes to
 * @param event what is published there: its type, its subject (the Kafka key) and its body
 */
public record Publication(String topic, PublishedEvent event) {
}
