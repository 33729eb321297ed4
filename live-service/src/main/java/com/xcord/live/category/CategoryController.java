package com.xcord.live.category;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The category list. */
@Tag(name = "Categories", description = "What streams are filed under.")
@RestController
class CategoryController {

    record CategoryList(List<Category> items) {
    }

    private final Categories categories;

    CategoryController(Categories categories) {
        this.categories = categories;
    }

    @Operation(operationId = "listLiveCategories", summary = "List the stream categories")
    @GetMapping("/api/v1/live/categories")
    CategoryList list() {
        return new CategoryList(categories.all());
    }
}
