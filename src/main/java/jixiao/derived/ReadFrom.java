package jixiao.derived;

import java.util.List;
import jixiao.model.Measure;
import jixiao.model.Traceable;

/** A fact read off one fact of the report (an indicator, a paragraph): traced to it, and to its evidence. */
interface ReadFrom extends Traceable {

    /** The fact of the report this one was read from. */
    Traceable source();

    @Override
    default List<String> pointers() {
        return source().pointers();
    }

    @Override
    default List<Measure> evidence() {
        return source().evidence();
    }
}
