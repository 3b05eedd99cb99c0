package uk.gov.lga.hub.ui.layout;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Forms post back to the address of the record they are about ({@code …/challenge.xhtml?id=42}, not the bare
 * page), so a page shown again after a refusal keeps its address: refresh and back open the same record instead
 * of "Not Found". Only the parameters that name the record travel, and only when they are plain numbers.
 */
public class AddressKeepingViewHandler extends ViewHandlerWrapper {

    /** The parameters that name a page's record; none of them is a field a form changes. */
    static final List<String> RECORD_PARAMETERS = List.of("id", "challenge");

    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

    public AddressKeepingViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        return withRecordOf(super.getActionURL(context, viewId), parameters::get);
    }

    /** The action address with the record's parameters of the request it answers, where they are plain numbers. */
    static String withRecordOf(String actionUrl, UnaryOperator<String> parameter) {
        StringBuilder url = new StringBuilder(actionUrl);
        for (String name : RECORD_PARAMETERS) {
            String value = parameter.apply(name);
            if (value != null && NUMBER.matcher(value).matches() && !actionUrl.contains(name + "=")) {
                url.append(url.indexOf("?") < 0 ? '?' : '&')
                        .append(name)
                        .append('=')
                        .append(value);
            }
        }
        return url.toString();
    }
}
