package uk.gov.lga.hub.domain.council.register;

import java.util.List;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * A register file that cannot be loaded as it is: its columns could not be told apart, or some of its rows are
 * wrong. Carries the file's headings (to choose the columns from) and each wrong row with its line.
 */
public class RegisterFileRefused extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    private final transient List<String> headings;
    private final transient List<RowProblem> problems;

    public RegisterFileRefused(String rule, String message, List<String> headings, List<RowProblem> problems) {
        super(rule, message);
        this.headings = List.copyOf(headings);
        this.problems = List.copyOf(problems);
    }

    public List<String> headings() {
        return headings;
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
