/** Parts of a page that are not the story: navigation, sidebars, related links, comments. */
export const NOT_STORY = 'nav, aside, footer, [role="navigation"], [role="complementary"], [class*="sidebar" i], [class*="related" i], [class*="comment" i]';
