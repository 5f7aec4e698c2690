package no.concerntrail.badservice.contract;

import no.concerntrail.badservice.domain.Leaky;

/** A deliberately bad published record: it exposes a domain class. */
public record Published(Leaky leaky) {
}
