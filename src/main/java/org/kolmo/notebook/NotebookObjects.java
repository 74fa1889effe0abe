package org.kolmo.notebook;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.cas.CasSession;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The Java objects a notebook session holds (models, reports, plots). Symja sees each as a reference
 * {@code KoRef(n, "description")}, which cells can store in variables and pass to the kernel's functions; the
 * kernel shows the object itself wherever a reference is a cell's result.
 */
final class NotebookObjects {
    static final String HEAD = "KoRef";

    private final List<Object> objects = new ArrayList<>();

    /** A reference to {@code o} for Symja. */
    IExpr reference(Object o, String description) {
        objects.add(o);
        return F.binaryAST2(CasSession.get().symbol(HEAD), F.ZZ(objects.size()), F.stringx(description));
    }

    /** The object {@code e} refers to, or null when {@code e} is no reference of this session. */
    Object resolve(IExpr e) {
        if (e instanceof IAST ast && ast.argSize() == 2 && ast.head().equals(CasSession.get().symbol(HEAD))
                && ast.arg1().isInteger()) {
            int id = ast.arg1().toIntDefault();
            return id >= 1 && id <= objects.size() ? objects.get(id - 1) : null;
        }
        return null;
    }
}
