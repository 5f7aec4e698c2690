/**
 * Commands to the {@link no.concerntrail.cases.domain.Concern} aggregate. Each carries the acting user
 * (the token's subject) last; every command on an existing concern carries the version the caller last
 * saw ({@code null}: no check), which Axon's repository compares before the handler runs.
 */
package no.concerntrail.cases.domain.command;
