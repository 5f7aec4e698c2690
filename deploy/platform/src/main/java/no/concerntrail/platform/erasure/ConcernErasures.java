package no.concerntrail.platform.erasure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * What a service does when case-service erased a concern it keeps aggregates about (conversations, referrals): each
 * of them erased by a command of its own, so that it refuses whatever comes after and its views forget, then the
 * concern's key, so that every stored event and snapshot about it reads without its personal data. In the caller's
 * transaction: the one that claims the erasure's ce_id, so it happens once.
 */
@Singleton
public class ConcernErasures {

    @Inject
    CommandGateway commands;
    @Inject
    SubjectKeys keys;

    /**
     * @param aggregates the ids of the service's aggregates about the concern
     * @param command    the command that erases one of them, from its id and {@code by}
     * @param by         the erasure's event, which says who erased the concern and on what ground
     */
    public void erase(UUID concernId, List<UUID> aggregates, BiFunction<UUID, String, Object> command, String by) {
        aggregates.forEach(aggregate -> commands.sendAndWait(command.apply(aggregate, by)));
        keys.erase(concernId, by);
    }
}
