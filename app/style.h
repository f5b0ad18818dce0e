#pragma once
// The look of the game: calm colours, large touch-friendly controls.
namespace app {

// Applies the house style to the current ImGui context, scaled to the text size.
void applyStyle(float textPixels);

} // namespace app
