package no.concerntrail.platform.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every rule of one domain, listed in one place, so names can be documented, tested and looked up. */
public record RuleBook(List<NamedRule> rules) {

    public RuleBook {
        rules = List.copyOf(rules);
        Set<String> names = new HashSet<>();
        for (NamedRule rule : rules) {
            if (!names.add(rule.name())) {
                throw new IllegalArgumentException("Two rules are named " + rule.name());
            }
        }
    }

    public static RuleBook of(NamedRule... rules) {
        return new RuleBook(List.of(rules));
    }

    public Optional<NamedRule> named(String name) {
        return rules.stream().filter(rule -> rule.name().equals(name)).findFirst();
    }
}
