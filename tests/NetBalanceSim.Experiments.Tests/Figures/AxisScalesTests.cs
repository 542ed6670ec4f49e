using NetBalanceSim.Experiments.Figures;

namespace NetBalanceSim.Experiments.Tests.Figures;

public sealed class AxisScalesTests
{
    [Theory]
    [InlineData("1,2,4,8,16")]
    [InlineData("0.125,0.25,0.5,1,2,4,10")]
    [InlineData("4,8,16,32,64,128,256,512")]
    [InlineData("10,30,100,300,1000")]
    [InlineData("16,2,8,4,1,4")]
    [InlineData("1,2,4")]
    public void Choose_PositiveRoughlyGeometric_IsLog2(string values)
    {
        Assert.Equal(AxisScale.Log2, AxisScales.Choose(values.Split(',')));
    }

    [Theory]
    [InlineData("1,2,3,4,5")]
    [InlineData("10,20,30,40")]
    [InlineData("0,1,2,4,8")]
    [InlineData("-4,-2,-1")]
    [InlineData("4,8")]
    [InlineData("5")]
    [InlineData("1,2,3,4,5,6,7,8")]
    public void Choose_EvenOrNotPositiveOrTooFewOrNarrow_IsLinear(string values)
    {
        Assert.Equal(AxisScale.Linear, AxisScales.Choose(values.Split(',')));
    }

    [Theory]
    [InlineData("grid,campus,internet")]
    [InlineData("1,2,four")]
    [InlineData("topologies/grid.graphml,topologies/campus.graphml")]
    [InlineData("1,inf,4")]
    public void Choose_AnyValueNotAFiniteNumber_IsCategorical(string values)
    {
        Assert.Equal(AxisScale.Categorical, AxisScales.Choose(values.Split(',')));
    }
}
