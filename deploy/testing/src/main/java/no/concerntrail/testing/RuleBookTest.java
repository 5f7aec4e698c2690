package no.concerntrail.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import no.concerntrail.platform.rules.NamedRule;
import no.concerntrail.platform.rules.RuleBook;
import org.junit.jupiter.api.Test;

/**
 * What every service's rule book holds, checked against its policies class: each rule named once, in kebab case,
 * described, and found by its name; and the book lists every rule the class declares, since one left out would be
 * missing from the API's documentation. A service's test extends it and adds the names and kinds it promises.
 */
public abstract class RuleBookTest {

    private final Class<?> policies;
    private final RuleBook rules;

    protected RuleBookTest(Class<?> policies, RuleBook rules) {
        this.policies = policies;
        this.rules = rules;
    }

    @Test
    void namesAreUniqueKebabCaseAndDescribed() {
        assertThat(rules.rules()).extracting(NamedRule::name).doesNotHaveDuplicates()
                .allMatch(name -> name.matches("[a-z]+(-[a-z]+)*"));
        assertThat(rules.rules()).allSatisfy(rule -> assertThat(rule.description()).isNotBlank());
    }

    @Test
    void listsEveryDeclaredRule() {
        assertThat(rules.rules()).containsExactlyInAnyOrderElementsOf(declaredRules());
    }

    @Test
    void findsEveryRuleByItsNameAndNoOther() {
        assertThat(rules.rules()).allSatisfy(rule -> assertThat(rules.named(rule.name())).containsSame(rule));
        assertThat(rules.named("no-such-rule")).isEmpty();
        assertThat(rules.rules()).allSatisfy(rule -> assertThat(rules.named(rule.name().toUpperCase())).isEmpty());
    }

    private List<NamedRule> declaredRules() {
        return Arrays.stream(policies.getDeclaredFields())
                .filter(field -> field.getType() == NamedRule.class)
                .filter(field -> Modifier.isPublic(field.getModifiers()) && Modifier.isStatic(field.getModifiers()))
                .map(RuleBookTest::value)
                .toList();
    }

    private static NamedRule value(Field field) {
        try {
            return (NamedRule) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
