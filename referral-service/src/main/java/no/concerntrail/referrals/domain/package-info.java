/**
 * Referrals (henvisninger) to partner agencies: the aggregate, its rules and the values it decides on. Plain Java and
 * Axon annotations: no Quarkus, no Kafka, no JDBC.
 */
package no.concerntrail.referrals.domain;
