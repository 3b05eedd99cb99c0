package uk.gov.lga.hub.ui.access;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import uk.gov.lga.hub.application.security.AccessDenied;
import uk.gov.lga.hub.application.shared.NotFound;

/**
 * A form action the services refuse ends on the error page with 403 (or 404 for a record that is not there or not
 * the caller's to see), never 500: a page may be reached by a caller its actions are not for, and the services are
 * the last word on who may change what.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
        while (queued.hasNext()) {
            Throwable cause = queued.next().getContext().getException();
            while ((cause instanceof FacesException || cause instanceof jakarta.el.ELException)
                    && cause.getCause() != null) {
                cause = cause.getCause();
            }
            int status = cause instanceof NotFound ? 404 : cause instanceof AccessDenied ? 403 : 0;
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
