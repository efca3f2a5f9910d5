package dev.orrery.core.yaml;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * A {@link YAMLFactory} whose parsers expose the SnakeYAML event behind the current token.
 *
 * <p>Jackson's {@code YAMLParser} drops what the tree reader needs: anchors on scalars, whether a
 * scalar was plain or quoted (to tell an empty document from {@code ""} and a merge key {@code <<}
 * from a quoted key "<<"), and it hands aliases over as bare strings. Its own extension point
 * ({@code _createParser}, used the same way by Jackson's {@code YAMLAnchorReplayingFactory}) lets us
 * read {@code _lastEvent} without re-implementing the parser.
 */
final class EventAwareYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    EventAwareYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLParser _createParser(InputStream in, IOContext ctxt) throws IOException {
        return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                _createReader(in, (JsonEncoding) null, ctxt));
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) {
        return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
    }

    @Override
    protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable) {
        return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                new CharArrayReader(data, offset, len));
    }

    @Override
    protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
        return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                _createReader(data, offset, len, (JsonEncoding) null, ctxt));
    }

    /** The stock parser plus read access to the event of the current token. */
    static final class Parser extends YAMLParser {
        private Consumer<Event> listener;

        Parser(IOContext ctxt, int parserFeatures, int formatFeatures, LoaderOptions loaderOptions,
               ObjectCodec codec, Reader reader) {
            super(ctxt, parserFeatures, formatFeatures, loaderOptions, codec, reader);
        }

        /** Hands the event behind every token to {@code listener} (null: none). */
        void listen(Consumer<Event> listener) {
            this.listener = listener;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = super.nextToken();
            if (listener != null && token != null) {
                listener.accept(_lastEvent);
            }
            return token;
        }

        /** The SnakeYAML event the current token came from (null before the first token). */
        Event lastEvent() {
            return _lastEvent;
        }
    }
}
