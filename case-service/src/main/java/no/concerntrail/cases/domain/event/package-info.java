/**
 * The stored events of the {@link no.concerntrail.cases.domain.Concern} aggregate. Immutable once written:
 * a change gets a new {@link org.axonframework.serialization.Revision} and an upcaster, never an edit.
 * These are the service's internal history, not its published contract ({@code events}).
 */
package no.concerntrail.cases.domain.event;
