package uk.gov.lga.hub.ui.access;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import uk.gov.lga.hub.application.security.AccessDenied;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.ui.signin.UnsentForm;

/**
 * A form action the services refuse ends on the error page with 403 (or 404 for a record that is not there or not
 * the caller's to see), never 500: a page may be reached by a caller its actions are not for, and the services are
 * the last word on who may change what. A form posted to a page the server no longer holds opens the page again.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> queued =
                getUnhandledExceptionQueuedEvents().iterator();
        while (queued.hasNext()) {
            Throwable cause = queued.next().getContext().getException();
            while ((cause instanceof FacesException || cause instanceof jakarta.el.ELException)
                    && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof ViewExpiredException) {
                queued.remove();
                openAgain();
                continue;
            }
            int status = cause instanceof NotFound
                    ? 404
                    : cause instanceof AccessDenied ? 403 : isUploadNotSentAsOne(cause) ? 400 : 0;
            if (status != 0) {
                queued.remove();
                FacesContext context = FacesContext.getCurrentInstance();
                try {
                    context.getExternalContext().responseSendError(status, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                context.responseComplete();
            }
        }
        getWrapped().handle();
    }

    /**
     * A form whose page the server no longer holds (too many pages opened since, or a session that restarted): the
     * page is opened afresh, marked so that the page's script puts back what was typed, for the user to send again.
     */
    private static void openAgain() {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) context.getExternalContext().getRequest();
        try {
            context.getExternalContext().redirect(request.getContextPath() + UnsentForm.returnTo(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** A form with a file field posted without multipart encoding (never by our pages): a bad request, not a fault. */
    private static boolean isUploadNotSentAsOne(Throwable cause) {
        if (!(cause instanceof jakarta.servlet.ServletException)) {
            return false;
        }
        String type = ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getContentType();
        return type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
