package org.borderland.app.common;

import java.util.List;

/**
 * The scenario a result was computed under, as results show it.
 *
 * @param id the scenario's id
 * @param name its name
 * @param file its file name, or {@code request body}
 * @param hash the short hash of its bytes
 * @param absorbed the states absorbed into the aggressor
 * @param model the model used
 */
public record ScenarioView(
    String id, String name, String file, String hash, List<String> absorbed, String model) {}
