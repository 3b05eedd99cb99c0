package uk.gov.lga.hub.webapp;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessInjectionTarget;
import jakarta.enterprise.inject.spi.ProcessProducerMethod;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.EventListener;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.gov.lga.hub.application.security.RequestDerived;

/**
 * Refuses to deploy anything that would hold one request's identity beyond that request. A servlet, filter or
 * listener lives as long as the application, and so does an application-scoped bean: a {@code Caller} injected into
 * one is the first caller's, served to everyone after (the UI's downloads once did exactly this).
 *
 * <p>A type is request-derived when it is marked {@link RequestDerived}, or when a request-scoped bean produces it
 * in dependent scope (the way {@code RequestCaller} produces the {@code Caller}). Such a type may be injected only
 * into request-scoped beans; everything else must take it from the request in hand.
 */
public class RequestIdentityGuard implements Extension {

    private final Set<Type> producedPerRequest = new HashSet<>();
    private final List<Holder> holders = new ArrayList<>();

    /** Something that has injection points, and whether it outlives a request. */
    record Holder(String name, boolean outlivesRequest, Set<InjectionPoint> injectionPoints) {}

    void producers(@Observes ProcessProducerMethod<?, ?> produced) {
        boolean ownerPerRequest =
                produced.getAnnotatedProducerMethod().getDeclaringType().isAnnotationPresent(RequestScoped.class);
        if (ownerPerRequest && produced.getBean().getScope() == Dependent.class) {
            producedPerRequest.add(produced.getAnnotatedProducerMethod().getBaseType());
        }
    }

    void beans(@Observes ProcessBean<?> bean) {
        Bean<?> b = bean.getBean();
        holders.add(new Holder(
                b.getBeanClass().getName(),
                b.getScope() != RequestScoped.class || isContainerComponent(b.getBeanClass()),
                b.getInjectionPoints()));
    }

    /** Servlets, filters and listeners are not beans, but the container injects them and reports them here. */
    void components(@Observes ProcessInjectionTarget<?> target) {
        Class<?> type = target.getAnnotatedType().getJavaClass();
        if (isContainerComponent(type)) {
            holders.add(
                    new Holder(type.getName(), true, target.getInjectionTarget().getInjectionPoints()));
            violations(List.of(holders.get(holders.size() - 1)))
                    .forEach(v -> target.addDefinitionError(new IllegalStateException(v)));
        }
    }

    void check(@Observes AfterDeploymentValidation done) {
        violations(holders).forEach(v -> done.addDeploymentProblem(new IllegalStateException(v)));
    }

    /** Each injection of a request-derived type into something that outlives the request, as a sentence. */
    List<String> violations(List<Holder> candidates) {
        List<String> found = new ArrayList<>();
        for (Holder holder : candidates) {
            if (!holder.outlivesRequest()) {
                continue;
            }
            for (InjectionPoint point : holder.injectionPoints()) {
                if (isRequestDerived(point.getType())) {
                    found.add(holder.name() + " outlives a request but has the request-derived "
                            + point.getType().getTypeName() + " injected at "
                            + point.getMember().getName()
                            + ": take it from the request in hand, or make the bean @RequestScoped");
                }
            }
        }
        return found;
    }

    private boolean isRequestDerived(Type type) {
        Type raw = type instanceof ParameterizedType p ? p.getRawType() : type;
        return raw instanceof Class<?> c && c.isAnnotationPresent(RequestDerived.class)
                || producedPerRequest.contains(type);
    }

    static boolean isContainerComponent(Class<?> type) {
        return Servlet.class.isAssignableFrom(type)
                || Filter.class.isAssignableFrom(type)
                || EventListener.class.isAssignableFrom(type);
    }
}
