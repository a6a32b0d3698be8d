let count = 0;
export const countRender = () => {
  count += 1;
};
export const renderCount = () => count;
