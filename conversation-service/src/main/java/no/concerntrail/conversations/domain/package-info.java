/**
 * The conversation aggregate, its commands, events, value types and named rules: plain Java and Axon
 * annotations, no Quarkus, no Kafka, no JDBC. There is deliberately no type for religion, ideology or
 * political opinion: they are not topics of a conversation and are never recorded as structured data.
 */
package no.concerntrail.conversations.domain;
