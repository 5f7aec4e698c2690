/**
 * The concern aggregate, its value types and its rules ({@link no.concerntrail.cases.domain.ConcernPolicies}).
 * Plain Java and Axon annotations only: no Quarkus, JDBC, Kafka or Jackson here; infrastructure adapts to it.
 */
package no.concerntrail.cases.domain;
