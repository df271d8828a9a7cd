package io.cairn.content.files;

import io.cairn.content.model.Framework;
import java.util.List;

/**
 * The result of reading the content folder: what is valid, every problem found, and the module
 * folders skipped because of them.
 */
public record ContentSet(List<Framework> frameworks, List<ModuleBundle> modules,
    List<Problem> problems, List<String> skippedModules) {}
