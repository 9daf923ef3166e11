using Limber.Sessions;
using Shouldly;

namespace Limber.Core.Tests.Sessions;

public sealed class MirroredTextTests
{
    [Theory]
    [InlineData("Cross the right ankle over the left leg.", "Cross the left ankle over the right leg.")]
    [InlineData("Turn your head slowly to the right.", "Turn your head slowly to the left.")]
    [InlineData("Left foot first, then RIGHT foot.", "Right foot first, then LEFT foot.")]
    [InlineData("Hold the strap in your left-hand grip, right-handed.", "Hold the strap in your right-hand grip, left-handed.")]
    [InlineData("Lean leftward, then rightwards; the leftmost foot stays.", "Lean rightward, then leftwards; the rightmost foot stays.")]
    [InlineData("the right's knee (left)", "the left's knee (right)")]
    public void Of_swaps_left_and_right_keeping_capitals(string text, string mirrored) =>
        MirroredText.Of(text).ShouldBe(mirrored);

    [Theory]
    [InlineData("Eat the leftover snack; be righteous, rightly so.")]
    [InlineData("Bend the knee to a right angle, then start right away.")]
    [InlineData("It is all right to stop right now.")]
    [InlineData("Keep both hips square.")]
    public void Of_leaves_words_that_name_no_side(string text) => MirroredText.Of(text).ShouldBe(text);

    [Fact]
    public void Of_twice_gives_the_text_back()
    {
        const string text = "Push the Right knee away with the right hip; the LEFT foot stays left-hand.";
        MirroredText.Of(MirroredText.Of(text)).ShouldBe(text);
    }

    [Theory]
    [InlineData(Side.Right, Side.Left, "Turn to the left.")]
    [InlineData(Side.Right, Side.Right, "Turn to the right.")]
    [InlineData(Side.Left, Side.Right, "Turn to the left.")]
    [InlineData(null, Side.Left, "Turn to the right.")]
    [InlineData(Side.Right, null, "Turn to the right.")]
    public void For_mirrors_only_on_the_side_the_steps_are_not_written_for(Side? writtenFor, Side? side, string expected) =>
        MirroredText.For("Turn to the right.", writtenFor, side).ShouldBe(expected);
}
